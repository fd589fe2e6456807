"""Pick canary hosts and a rollout order reproducibly from a seed (the change ticket number)."""
import random
import sys


def main() -> int:
    if len(sys.argv) < 3:
        print("usage: canary_pick SEED HOST...")
        return 2
    seed = int(sys.argv[1])
    hosts = sys.argv[2:]
    random.seed(seed)
    canary = random.choice(hosts)
    order = [h for h in hosts if h != canary]
    random.shuffle(order)
    delay = random.randint(30, 90)
    jitter = round(random.random(), 4)
    bucket = random.randrange(10)
    print(f"canary: {canary}")
    print("order:", ", ".join(order))
    print(f"wait {delay}s between waves (jitter {jitter}, bucket {bucket})")
    print("spread:", round(random.uniform(0.5, 1.5), 6))
    return 0


sys.exit(main())
