from coachdesk.launcher import main

raise SystemExit(main())
