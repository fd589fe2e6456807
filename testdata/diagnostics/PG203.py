import sys

import paramiko

paramiko.util.log_to_file(sys.argv[1])
