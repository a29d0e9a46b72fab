package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.ui.internal.parts.AssessmentLine.DomainLine;
import org.appraise.ui.internal.parts.AssessmentLine.Overall;
import org.appraise.ui.internal.parts.AssessmentLine.Preliminary;
import org.appraise.ui.internal.parts.AssessmentLine.QuestionLine;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Preliminary questions, then each domain with its questions, then the overall line. */
final class AssessmentContent implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof RiskOfBiasTool tool)) {
            return new Object[0];
        }
        List<Object> top = new ArrayList<>();
        if (!tool.preliminary().isEmpty()) {
            top.add(new Preliminary(tool));
        }
        tool.domains().forEach(d -> top.add(new DomainLine(tool, d)));
        top.add(new Overall(tool));
        return top.toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Preliminary p) {
            return p.tool().preliminary().stream().map(q -> new QuestionLine(p.tool(), q)).toArray();
        }
        if (parent instanceof DomainLine d) {
            return d.domain().questions().stream().map(q -> new QuestionLine(d.tool(), q)).toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
