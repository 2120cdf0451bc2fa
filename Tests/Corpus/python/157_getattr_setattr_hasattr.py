class Config:
    lr = 0.01
cfg = Config()
print(getattr(cfg, "lr"))
print(getattr(cfg, "epochs", 10))
setattr(cfg, "epochs", 5)
print(cfg.epochs, hasattr(cfg, "epochs"), hasattr(cfg, "momentum"))
for name in ["lr", "epochs"]:
    setattr(cfg, name, getattr(cfg, name) * 2)
print(cfg.lr, cfg.epochs, Config.lr)
delattr(cfg, "epochs")
print(hasattr(cfg, "epochs"))
