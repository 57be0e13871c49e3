// The reference map: an OSM tile layer (blocked in the benchmark, as the
// app's are), Sēlija's centre, then every place with coordinates as a
// clustered marker, the view fitted to them.
const map = L.map('map').setView([56.15, 26.0], 8);
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 18 }).addTo(map);
fetch('data/selija.json')
  .then((r) => r.json())
  .then((data) => {
    const group = L.markerClusterGroup();
    for (const p of data.places) {
      if (typeof p.lat === 'number' && typeof p.lon === 'number') {
        group.addLayer(L.marker([p.lat, p.lon], { title: p.name.lv }));
      }
    }
    map.addLayer(group);
    map.fitBounds(group.getBounds(), { padding: [48, 48] });
  });
