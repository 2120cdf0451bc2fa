#!/usr/bin/env python3
"""Writes nbformat-made.ipynb with Jupyter's own library (nbformat), so that the conversion
tests also read a notebook no hand wrote: cell ids, split streams, a result, a picture with
its text form, stderr, a coloured traceback, a raw cell and a markdown attachment.

Usage: python3 make_nbformat_fixture.py   (needs `pip install nbformat`; not part of the build)
"""
import base64
import os

import nbformat
from nbformat.v4 import (new_code_cell, new_markdown_cell, new_notebook, new_output,
                         new_raw_cell)

# The smallest valid PNG: one transparent pixel.
PIXEL = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
    "890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082"
)).decode("ascii")

cells = [
    new_markdown_cell("# Made by nbformat\n\nA picture pasted into markdown: ![pixel](attachment:pixel.png)",
                      attachments={"pixel.png": {"image/png": PIXEL}}),
    new_code_cell("import numpy as np\nfor i in range(3):\n    print(i, end=' ')\nnp.arange(3)", execution_count=1, outputs=[
        new_output("stream", name="stdout", text="0 1 "),
        new_output("stream", name="stdout", text="2 "),
        new_output("stream", name="stderr", text="a warning\n"),
        new_output("execute_result", data={"text/plain": "array([0, 1, 2])"}, execution_count=1),
    ]),
    new_code_cell("show(pixel)", execution_count=2, outputs=[
        new_output("display_data", data={"image/png": PIXEL, "text/plain": "<Figure size 640x480 with 1 Axes>"}),
    ]),
    new_code_cell("1 / 0", execution_count=3, outputs=[
        new_output("error", ename="ZeroDivisionError", evalue="division by zero", traceback=[
            "\u001b[0;31m---------------------------------------------------------------------------\u001b[0m",
            "\u001b[0;31mZeroDivisionError\u001b[0m                         Traceback (most recent call last)",
            "Cell \u001b[0;32mIn[3], line 1\u001b[0m\n\u001b[0;32m----> 1\u001b[0m \u001b[38;5;241;43m1\u001b[39;49m\u001b[43m \u001b[49m\u001b[38;5;241;43m/\u001b[39;49m\u001b[43m \u001b[49m\u001b[38;5;241;43m0\u001b[39;49m\n",
            "\u001b[0;31mZeroDivisionError\u001b[0m: division by zero",
        ]),
    ]),
    new_raw_cell("raw text, shown as it is"),
    new_code_cell("", execution_count=None),
]
notebook = new_notebook(cells=cells, metadata={
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python", "version": "3.11.2"},
})
# Fixed cell ids, so that the file is the same every time it is made.
for number, cell in enumerate(notebook.cells):
    cell["id"] = f"cell-{number}"
nbformat.validate(notebook)
nbformat.write(notebook, os.path.join(os.path.dirname(os.path.abspath(__file__)), "nbformat-made.ipynb"))
