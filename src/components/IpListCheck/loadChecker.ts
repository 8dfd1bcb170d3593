// The IP list checker and the list comparison (ipaddr.js behind both), imported on the widget's first use.
export const loadIpChecker = () =>
  Promise.all([import('@site/src/checkers/ipList'), import('./compareLists')]).then(([{checkIpList}, {compareLists}]) => ({
    checkIpList,
    compareLists,
  }));
