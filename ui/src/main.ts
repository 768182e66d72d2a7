import '@fontsource-variable/inter/wght.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app mangler i index.html');

export default mount(App, { target });
