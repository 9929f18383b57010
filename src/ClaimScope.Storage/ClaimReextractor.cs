using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// Refreshes stored claims from the stored abstracts, batch by batch (one transaction each, so an
/// interrupted run keeps whole batches), touching only the claims and each paper's claims version.
/// </summary>
internal sealed class ClaimReextractor(SqliteConnection connection, IClaimExtractor extractor, int version)
{
    private const int BatchSize = 500;

    public ReextractResult Run(bool all)
    {
        var total = new ReextractResult(0, 0, 0, 0, 0);
        using var writer = new ClaimStoreWriter(connection);
        using var next = ClaimStoreWriter.Command(connection, """
            SELECT rowid, id, abstract FROM papers
            WHERE rowid > $after AND ($all OR claims_version < $version)
            ORDER BY rowid LIMIT $limit
            """, "$after", "$all", "$version", "$limit");
        using var stamp = ClaimStoreWriter.Command(connection, "UPDATE papers SET claims_version = $version WHERE id = $id", "$version", "$id");
        using var delete = ClaimStoreWriter.Command(connection, "DELETE FROM claims WHERE paper_id = $id", "$id");
        var reader = new ClaimStoreReader(connection);
        var after = 0L;
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var command in new[] { next, stamp, delete })
            {
                command.Transaction = transaction;
            }

            writer.Begin(transaction);
            ClaimStoreWriter.Set(next, after, all, version, BatchSize);
            var batch = new List<(long Row, string Id, string Abstract)>(BatchSize);
            using (var rows = next.ExecuteReader())
            {
                while (rows.Read())
                {
                    batch.Add((rows.GetInt64(0), rows.GetString(1), rows.GetString(2)));
                }
            }

            if (batch.Count == 0)
            {
                return total;
            }

            foreach (var (row, id, text) in batch)
            {
                var old = reader.ReadClaims(id, transaction);
                var fresh = extractor.Extract(text);
                total = Add(total, Compare(old, fresh));
                ClaimStoreWriter.Set(delete, id);
                delete.ExecuteNonQuery();
                writer.AddClaims(id, fresh, version);
                ClaimStoreWriter.Set(stamp, version, id);
                stamp.ExecuteNonQuery();
                after = row;
            }

            transaction.Commit();
        }
    }

    /// <summary>Matches old and new claims by span; the same span with other fields is a change.</summary>
    private static ReextractResult Compare(IReadOnlyList<Claim> old, IReadOnlyList<Claim> fresh)
    {
        var unmatched = old.ToList();
        var (appeared, changed, unchanged) = (0, 0, 0);
        foreach (var claim in fresh)
        {
            var index = unmatched.FindIndex(c => c.Start == claim.Start && c.End == claim.End);
            if (index < 0)
            {
                appeared++;
                continue;
            }

            if (unmatched[index] == claim)
            {
                unchanged++;
            }
            else
            {
                changed++;
            }

            unmatched.RemoveAt(index);
        }

        return new ReextractResult(1, appeared, unmatched.Count, changed, unchanged);
    }

    private static ReextractResult Add(ReextractResult a, ReextractResult b) =>
        new(a.Papers + b.Papers, a.Appeared + b.Appeared, a.Vanished + b.Vanished, a.Changed + b.Changed, a.Unchanged + b.Unchanged);
}
