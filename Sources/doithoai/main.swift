import DoiThoaiKit
print(DoiThoai.version)
