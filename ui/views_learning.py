"""Page «Học liệu»: the learning-material builder (kb.learning), once it is installed."""
from __future__ import annotations

import streamlit as st

from ui import features
from ui.views_common import require_kb

require_kb()
st.title("Học liệu")
mod = features.learning()
if mod is None:
    st.info(features.MISSING.format(what="xây dựng học liệu"))
    st.stop()
