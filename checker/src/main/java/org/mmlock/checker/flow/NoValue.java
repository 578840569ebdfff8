package org.mmlock.checker.flow;

import org.checkerframework.dataflow.analysis.AbstractValue;

/** mmlock keeps all its facts in the store; node values carry nothing. */
public enum NoValue implements AbstractValue<NoValue> {
  INSTANCE;

  @Override
  public NoValue leastUpperBound(NoValue other) {
    return this;
  }
}
