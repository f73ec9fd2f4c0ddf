from labelscore.cli import main

main()
