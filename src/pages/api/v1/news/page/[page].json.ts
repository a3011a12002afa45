/** API v1: pages 2… of the news index. */
import { laterIndexPage, laterIndexPaths } from '../../../../../data/api-routes.ts';

export const getStaticPaths = laterIndexPaths('news');
export const GET = laterIndexPage;
