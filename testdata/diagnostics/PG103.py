class Inventory:
    def __init__(self, hosts: list[str]) -> None:
        self.hosts = hosts

    def __len__(self) -> int:
        return len(self.hosts)


inv = Inventory(["web1", "web2"])
print(inv.hosts)
