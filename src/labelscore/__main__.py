from labelscore.cli.commands import main

main()
