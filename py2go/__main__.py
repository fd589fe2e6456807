from py2go.cli import app

app(prog_name="py2go")
