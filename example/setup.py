from setuptools import Extension, setup

# Both extensions compile src/common/kahan.c, each with its own macro: the shape that makes
# setuptools' parallel build race on one object path (and mix flags) without wheelwright.
setup(
    ext_modules=[
        Extension(
            "wheelwright_example._vector",
            ["src/wheelwright_example/_vector.c", "src/common/kahan.c"],
            include_dirs=["src/common"],
            define_macros=[("KAHAN_FLAVOUR", '"vector"')],
        ),
        Extension(
            "wheelwright_example._stats",
            ["src/wheelwright_example/_stats.c", "src/common/kahan.c"],
            include_dirs=["src/common"],
            define_macros=[("KAHAN_FLAVOUR", '"stats"')],
        ),
    ]
)
