// Types for the ejected search box (./SearchBar.jsx, plain JavaScript as the search theme ships it).
import type {JSX} from 'react';

export default function SearchBar(props: {handleSearchBarToggle?: (expanded: boolean) => void}): JSX.Element;
