from lethe_lineage import _main

_main()
