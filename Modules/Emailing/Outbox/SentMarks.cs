namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>
/// Messages the server accepted, recorded in groups by one writer at a time: lanes hand them over and keep sending
/// while a group is written. What is not yet recorded when the process dies is re-sent (same Message-ID).
/// </summary>
internal sealed class SentMarks(Func<IReadOnlyList<OutboxRow>, Task> record, int every)
{
    private readonly Lock gate = new();
    private List<OutboxRow> pending = [];
    private Task writing = Task.CompletedTask;
    private int recorded;

    /// <summary>Messages recorded as sent so far.</summary>
    public int Recorded => Volatile.Read(ref recorded);

    public void Add(OutboxRow row)
    {
        lock (gate)
        {
            pending.Add(row);
            if (pending.Count >= every)
            {
                Flush();
            }
        }
    }

    /// <summary>Records what is left and waits for every group; throws what a group's write threw.</summary>
    public Task CompleteAsync()
    {
        lock (gate)
        {
            Flush();
            return writing;
        }
    }

    private void Flush()
    {
        if (pending.Count == 0)
        {
            return;
        }

        var group = pending;
        pending = [];
        writing = AfterAsync(writing, group);
    }

    private async Task AfterAsync(Task previous, List<OutboxRow> group)
    {
        try
        {
            await previous;
        }
        finally
        {
            await record(group); // a failed group does not stop the next one: each is what the server already has
            Interlocked.Add(ref recorded, group.Count);
        }
    }
}
