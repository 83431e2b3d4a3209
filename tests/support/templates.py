"""Small checklist templates for tests and benches."""

# The smallest valid YAML template: one section, one item, one point.
MINIMAL_YAML = """\
id: t1
version: 2
title: 测试
sections:
  - code: 一、
    title: 部分
    items:
      - number: "1"
        title: 项目
        points:
          - {label: ①, text: 第一点}
"""
