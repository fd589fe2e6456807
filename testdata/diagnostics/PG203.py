import sys

import paramiko

client = paramiko.SSHClient()
client.connect(sys.argv[1], username="deploy")
