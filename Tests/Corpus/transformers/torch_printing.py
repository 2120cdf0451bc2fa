# torch's tensor printing: widths, fixed and scientific notation, whole floats,
# line wrapping, summarizing past 1000 elements, dtypes and reductions.
import torch

print(torch.tensor([[1, 2, 3], [40, 500, -6]]))
print(torch.tensor([0.5, 0.25, 0.125]))
print(torch.tensor([[1.0, 2.0], [3.0, -4.0]]))
print(torch.tensor([1e-5, 1.0, 3.0]))
print(torch.tensor([12345.678, 0.5]))
print(torch.tensor([1e9, 2.0]))
print(torch.tensor([0.0, 0.0]))
print(torch.tensor(3.5))
print(torch.tensor(7))
print(torch.tensor([True, False, True]))
print(torch.tensor([[[1.5, 2.25], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.125]]]))
print(torch.tensor([i * 0.37 for i in range(40)]))
print(torch.tensor(list(range(1500))))
print(torch.tensor([[i * 1.5 for i in range(50)] for j in range(30)]))
t = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
print(t.shape, t.shape[1], t.size(), t.size(0), t.dim(), len(t))
print(t.mean(dim=1), t.mean(), t.sum(dim=0), t.mean(dim=1, keepdim=True))
print(t.argmax(), torch.argmax(t, dim=1), t.softmax(dim=0))
print(t.tolist(), t[1], t[1][2].item(), t[:, 1])
print(torch.softmax(t, dim=-1))
print(torch.tensor([[1, 2], [3, 4]]).tolist(), torch.tensor(2.5).item())
print(t.shape == (2, 3), f"{t[0][0]:.2f}")
for row in torch.tensor([[1, 2], [3, 4]]):
    print(row)
with torch.no_grad():
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
