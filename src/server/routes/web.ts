// The analyst page and what it loads: web/, Leaflet, the offline basemap.
import { Hono } from 'hono';
import { admin1GeoJson, countriesGeoJson } from '../basemap.js';
import { leafletDir, serveFile, serveText, WEB_DIR } from '../static.js';

export function webRoutes(): Hono {
  const app = new Hono();
  const leaflet = leafletDir();
  app.get('/', (c) => serveFile(c, WEB_DIR, 'index.html', 0));
  app.get('/app/*', (c) => serveFile(c, WEB_DIR, c.req.path.slice('/app/'.length), 0));
  app.get('/vendor/leaflet/*', (c) => serveFile(c, leaflet, c.req.path.slice('/vendor/leaflet/'.length), 86400));
  app.get('/basemap/countries.geojson', (c) => serveText(c, 'basemap:countries', 'application/geo+json', countriesGeoJson));
  app.get('/basemap/admin1.geojson', (c) => {
    const text = admin1GeoJson();
    if (text === null) return c.json({ error: 'no admin-1 outlines in this build (run the gazetteer build)' }, 404);
    return serveText(c, 'basemap:admin1', 'application/geo+json', () => text);
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  return app;
}
