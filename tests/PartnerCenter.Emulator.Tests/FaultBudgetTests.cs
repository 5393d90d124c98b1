using PartnerCenter.Emulator.Faults;

namespace PartnerCenter.Emulator.Tests;

public sealed class FaultBudgetTests
{
    [Fact]
    public void Exactly_the_budget_is_handed_out_however_many_threads_race()
    {
        var budget = new FaultBudget(1_000);
        var taken = 0;

        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            if (budget.TryTake())
            {
                Interlocked.Increment(ref taken);
            }
        });

        Assert.Equal(1_000, taken);
        Assert.False(budget.TryTake());
    }

    [Fact]
    public void An_empty_budget_never_hands_anything_out()
    {
        var budget = new FaultBudget(0);

        Assert.False(budget.TryTake());
        Assert.False(budget.TryTake());
    }
}
