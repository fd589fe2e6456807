import requests

r = requests.get("https://10.0.0.5/health", timeout=5, verify=False)
print(r.status_code)
