module pyrt

go 1.22
