#!/usr/bin/env python3
"""Derives src/ui/map/basemap.json (the offline base map) from the fact
sheet's GeoJSON (../shared/facts/selija.geojson). Run by hand when the facts
change: python3 .ci/basemap.py ../shared/facts/selija.geojson

Output, all as [lat, lon] pairs rounded to 5 decimals (~1 m):
  outline  the approximate historic Sēlija outline (closed ring)
  daugava  the Daugava centreline, Jaunjelgava to the Belarus border
  border   the state border part of the outline (LV-BY and LV-LT land
           borders, from where the land border meets the Daugava, west)
"""
import json
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/facts/selija.geojson"
features = json.load(open(src, encoding="utf-8"))["features"]


def latlon(coords):
    return [[round(lat, 5), round(lon, 5)] for lon, lat in coords]


outline = next(f for f in features if f["geometry"]["type"] == "Polygon")
river = next(f for f in features if f["geometry"]["type"] == "LineString")
ring = latlon(outline["geometry"]["coordinates"][0])
# The land border runs from the LV-BY junction on the Daugava (lon ≈ 27.36)
# to the western end of the LV-LT border (lon ≈ 24.98, lat ≈ 56.31), as the
# facts' derivation describes.
start = min(range(len(ring)), key=lambda i: abs(ring[i][1] - 27.3646) + abs(ring[i][0] - 55.8132))
end = min(range(len(ring)), key=lambda i: abs(ring[i][1] - 24.9805) + abs(ring[i][0] - 56.3077))
border = ring[start : end + 1]

out = {
    "derivation": "From the fact sheet's selija.geojson: outline = 'Sēlija approximate outline (derived)'; "
    "daugava = 'Daugava centreline (derived)'; border = the outline's land-border part "
    "(LV–BY and LV–LT borders, OSM-derived, ODbL). Approximate (±0.5–2 km; west edge ±10 km).",
    "outline": ring,
    "daugava": latlon(river["geometry"]["coordinates"]),
    "border": border,
}
json.dump(out, open("src/ui/map/basemap.json", "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
print(f"outline {len(ring)} points, daugava {len(out['daugava'])}, border {len(border)}")
