for v in [0.125, 0.375, 2.675, 1.45, 1.55, -0.5]:
    print(f"{v:.2f} {v:.1f} {v:.0f}")
print(f"{1e16:.2f}")
print(f"{123.0:.10g}")
print(f"{-0.0:.1f}")
print(f"{float('inf'):.2f} {float('nan'):.2f}")
print(f"{float('inf'):10}|")
