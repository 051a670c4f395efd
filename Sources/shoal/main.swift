// The `shoal` executable.

import Glibc
import ShoalShell

exit(ShellMain.run(Array(CommandLine.arguments.dropFirst())))
