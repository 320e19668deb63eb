"""Every Debian package the suite uses is installed, or the run says in one line which and how."""
import pytest

import system_packages
from helpers import require


@pytest.mark.parametrize("package", system_packages.REQUIRED, ids=lambda package: package.name)
def test_system_package_is_installed(package):
    require(package)


def test_a_missing_package_fails_with_one_line_naming_it_and_its_install_command():
    absent = system_packages.SystemPackage("fonts-imaginary", "draws nothing", lambda: False)
    with pytest.raises(pytest.fail.Exception) as failure:
        require(absent)
    message = str(failure.value)
    assert "\n" not in message and not failure.value.pytrace
    assert message.startswith("missing system package fonts-imaginary") and "apt-get install fonts-imaginary" in message
