import sys

# Data-centre temperature report per rack from sensor readings.
# readings file lines: "<rack> <sensor> <celsius>"; values may be negative
# (outside-air sensors) and "NaN" marks a failed read.
# usage: temperature_sensor_report.py READINGS [HIGH_C] [LOW_C]

if len(sys.argv) < 2:
    print("usage: temperature_sensor_report.py READINGS [HIGH_C] [LOW_C]", file=sys.stderr)
    sys.exit(2)

high = float(sys.argv[2]) if len(sys.argv) > 2 else 32.0
low = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0

racks = {}
failed = []
with open(sys.argv[1]) as f:
    for line in f:
        parts = line.split()
        if len(parts) != 3:
            continue
        rack, sensor, value = parts
        if value.lower() == "nan":
            failed.append(rack + "/" + sensor)
            continue
        racks.setdefault(rack, []).append(float(value))


def to_f(c):
    return c * 9 / 5 + 32


alarms = 0
print("rack     n    min     avg     max   avg(F)  flag")
for rack in sorted(racks):
    vals = racks[rack]
    avg = sum(vals) / len(vals)
    flags = []
    if max(vals) > high:
        flags.append("HOT")
    if min(vals) < low:
        flags.append("COLD")
    spread = max(vals) - min(vals)
    if spread > 10:
        flags.append("SPREAD %.1f" % spread)
    alarms += len(flags)
    print("%-6s %3d %6.1f %7.2f %6.1f %8.1f  %s" % (rack, len(vals), min(vals), avg, max(vals), to_f(avg), " ".join(flags) or "-"))

all_vals = [v for vals in racks.values() for v in vals]
if all_vals:
    print("site: min %s max %s mean %s" % (min(all_vals), max(all_vals), round(sum(all_vals) / len(all_vals), 2)))
if failed:
    print("failed sensors:", failed)
print("thresholds: low=%s high=%s alarms=%d" % (low, high, alarms))
sys.exit(1 if alarms else 0)
