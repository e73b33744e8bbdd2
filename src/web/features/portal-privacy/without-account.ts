import { ApiError } from '../../api/client';

/** `null` ("not linked to a case yet") for 404, so the page says why there is nothing to see. */
export async function orNullWithoutAccount<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
