import sys

match sys.argv[1]:
    case "start":
        print("starting")
    case _:
        print("unknown")
