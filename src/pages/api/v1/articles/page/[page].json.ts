/** API v1: pages 2… of the articles index. */
import { laterIndexPage, laterIndexPaths } from '../../../../../data/api-routes.ts';

export const getStaticPaths = laterIndexPaths('article');
export const GET = laterIndexPage;
