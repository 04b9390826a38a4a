/**
 * The yardstick page of the task-pane benchmark: React 18 + Fluent UI v9, one
 * primary button, nothing else — what any React + Fluent add-in pays before it
 * shows anything. Built exactly like the task pane (same webpack config,
 * production mode, same HTML template with office.js).
 */
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <div style={{ padding: 12 }}>
        <Button appearance="primary" data-testid="bench-ready">
          Tạo báo cáo
        </Button>
      </div>
    </FluentProvider>,
  );
}
