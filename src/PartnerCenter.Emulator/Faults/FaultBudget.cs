namespace PartnerCenter.Emulator.Faults;

/// <summary>
/// "The first N requests" for one kind of fault, shared by concurrent requests: exactly N callers get
/// <c>true</c> from <see cref="TryTake"/>, however many race.
/// </summary>
internal sealed class FaultBudget(int count)
{
    private int _remaining = count;

    public bool TryTake()
    {
        // A compare-and-swap loop rather than a bare Interlocked.Decrement, so the counter stops at zero
        // instead of drifting negative (and, eventually, wrapping around) under a long run of requests.
        while (true)
        {
            var remaining = Volatile.Read(ref _remaining);
            if (remaining <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) == remaining)
            {
                return true;
            }
        }
    }
}
