"""Print a login banner line with the OS family and the invoking user (USER/LOGNAME from env)."""
import getpass
import platform
import sys
import textwrap

user = getpass.getuser()
system = platform.system()
role = sys.argv[1] if len(sys.argv) > 1 else "generic"
print(f"[{system}/{sys.platform}] session for {user} ({role})")
if user == "root":
    print(textwrap.fill("You are logged in as root: every command is audited and changes must reference a ticket.", 40))
    sys.exit(3)
print(textwrap.indent(textwrap.dedent("""\
    Remember:
      * use sudo for privileged work
      * log out when done
    """), "  "), end="")
