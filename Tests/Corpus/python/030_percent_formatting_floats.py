for v in [0.5, 1.5, 2.5, 1.005, 123.456]:
    print("%.0f %.1f %.2f" % (v, v, v))
print("%g %g %g" % (0.0001, 1e-5, 123456789.0))
print("%10.4e|" % 1.0)
print("%-10s|" % "left")
print("%+.3f" % 1.0)
print("%r" % 0.1)
print("%s" % [1, 2.0])
