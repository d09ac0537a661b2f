namespace ModularCrm.Host.Modules.Loading;

/// <summary>
/// Checks every pending module's <c>dependsOn</c> against the modules found, refusing missing, out-of-range,
/// cyclic and refused dependencies, and orders the rest dependencies first.
/// </summary>
internal sealed class DependencyOrder
{
    private readonly Dictionary<string, ModuleCandidate> _byId;
    private readonly HashSet<ModuleCandidate> _done = [];
    private readonly List<ModuleCandidate> _stack = [];
    private readonly List<ModuleCandidate> _order = [];

    private DependencyOrder(IEnumerable<ModuleCandidate> candidates) =>
        _byId = candidates.Where(candidate => candidate.Manifest is not null)
            .GroupBy(candidate => candidate.Id)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    /// <summary>Every candidate, pending ones in topological order, then refused ones by id.</summary>
    public static IReadOnlyList<ModuleCandidate> Sort(IReadOnlyList<ModuleCandidate> candidates)
    {
        var order = new DependencyOrder(candidates);
        foreach (var candidate in candidates.Where(c => c.IsPending).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            order.Visit(candidate);
        }

        var pending = order._order.Where(c => c.IsPending).ToList();
        return [.. pending, .. candidates.Except(pending).OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    private void Visit(ModuleCandidate module)
    {
        if (_done.Contains(module))
        {
            return;
        }

        var onStack = _stack.IndexOf(module);
        if (onStack >= 0)
        {
            RefuseCycle(_stack.Skip(onStack).ToList());
            return;
        }

        _stack.Add(module);
        foreach (var (dependencyId, range) in module.Manifest!.DependsOn.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!_byId.TryGetValue(dependencyId, out var dependency))
            {
                module.Refuse(ModuleState.Incompatible, $"depends on '{dependencyId}' {range.ToNormalizedString()}, which is not installed");
                continue;
            }

            Visit(dependency);
            if (!dependency.IsPending)
            {
                module.Refuse(ModuleState.Incompatible, $"depends on '{dependencyId}', which is {dependency.Describe()}");
            }
            else if (!range.Satisfies(dependency.Manifest!.Version))
            {
                module.Refuse(
                    ModuleState.Incompatible,
                    $"depends on '{dependencyId}' {range.ToNormalizedString()}, but version {dependency.Manifest.Version.ToNormalizedString()} is installed");
            }
        }

        _stack.RemoveAt(_stack.Count - 1);
        _done.Add(module);
        _order.Add(module);
    }

    private static void RefuseCycle(List<ModuleCandidate> cycle)
    {
        for (var start = 0; start < cycle.Count; start++)
        {
            var path = cycle.Skip(start).Concat(cycle.Take(start + 1)).Select(member => member.Id);
            cycle[start].Refuse(ModuleState.Incompatible, $"dependency cycle: {string.Join(" → ", path)}");
        }
    }
}
