from coachdesk.cli import main

raise SystemExit(main())
