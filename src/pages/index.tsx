import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';

export default function Home() {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Connect exchange API keys to trading terminals'})}
      description={translate({id: 'home.meta.description', message: 'Step-by-step guides and in-browser checkers.'})}>
      <main className="container margin-vert--lg">
        <h1>KeyBridge</h1>
        <p><Translate id="home.placeholder">TODO</Translate></p>
      </main>
    </Layout>
  );
}
