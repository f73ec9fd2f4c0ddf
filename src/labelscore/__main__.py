from labelscore import i18n

i18n.setup()  # the language, from --lang, LABELSCORE_LANG or the locale

from labelscore.cli.commands import main  # noqa: E402

main()
