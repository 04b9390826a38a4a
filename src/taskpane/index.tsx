/** Task pane entry (webpack entry "taskpane", template taskpane.html). */
import { createRoot } from 'react-dom/client';

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(<div style={{ padding: 16 }}>Báo cáo ngành</div>);
}
