# disk report
import sys

print("Größe: 10 GB")
