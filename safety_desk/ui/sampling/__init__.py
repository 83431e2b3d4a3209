"""The 双随机 tab: plans and their items, the draw (seed shown first), saved draws and verification, tasks with their result deadlines, publication."""
