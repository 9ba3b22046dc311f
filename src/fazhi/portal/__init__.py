"""The public portal: no login, only what the law makes public.

Each app contributes its public pages through its own ``portal.py``; this
package holds the frame and the home page that lists them.
"""
