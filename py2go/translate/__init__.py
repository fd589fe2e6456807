"""Python -> Go translation: rules first, then the core translators."""
