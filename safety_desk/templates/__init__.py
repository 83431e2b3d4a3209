"""Read and validate template files (forms/*.yaml, Excel catalogues) into domain objects."""

from safety_desk.templates.errors import TemplateError

__all__ = ["TemplateError"]
