"""The tabletop simulator: ``streamlit run simulator/app.py``.

Every screen reads the exercise from drillbook's engine and writes events to it; the only
thing kept in the browser session is who the person is (see ``views/identity.py``).
"""

from views.navigation import run

run()
