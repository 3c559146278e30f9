

def test_an_unlisted_yaml_problem_is_still_explained_in_swedish() -> None:
    import yaml

    from kanalvakt.moderation.settings_file import _yaml_problem

    try:
        yaml.safe_load("a: [1, 2\nb: }")
    except yaml.YAMLError as exc:
        problem = _yaml_problem(exc)
    assert problem.line is not None
    assert problem.message.startswith(("texten går inte att läsa som YAML", "komma", "ett värde",
                                       "fel indrag", "kolon", "en nyckel"))
