/**
 * The claim through the Office.js layer at county scale: 200,000 roster rows read from the
 * Office fake (test/office/excelMock.ts, which refuses a round trip over 5 MB as Excel on the
 * web does) and the claim sheets written back, as the task pane does it. Figures: the largest
 * request and response in bytes, and the round trips, whose growth is compared with rows /
 * 10,000 against a 20,000-row run in the same bench.
 */
import { PAYLOAD_LIMIT_BYTES } from "../src/core/sheet/blocks";
import { runCountyClaim } from "../test/office/countyClaim";

export interface OfficeClaimFigures {
  rows: number;
  roundTrips: number;
  /** Round trips of the smaller reference run. */
  referenceRows: number;
  referenceTrips: number;
  largestRequest: number;
  largestResponse: number;
  limit: number;
}

export async function benchOfficeClaim(
  rows: number,
  referenceRows: number
): Promise<OfficeClaimFigures> {
  const trips = async (n: number) => {
    const r = await runCountyClaim(n);
    const s = r.syncs;
    return {
      trips: s.list + s.read + s.between + s.write,
      request: r.largestRequest,
      response: r.largestResponse,
    };
  };
  const small = await trips(referenceRows);
  const big = await trips(rows);
  return {
    rows,
    roundTrips: big.trips,
    referenceRows,
    referenceTrips: small.trips,
    largestRequest: Math.max(big.request, small.request),
    largestResponse: Math.max(big.response, small.response),
    limit: PAYLOAD_LIMIT_BYTES,
  };
}
